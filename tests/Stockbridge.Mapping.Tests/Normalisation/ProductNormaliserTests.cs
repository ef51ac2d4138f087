using Stockbridge.Domain.Hashing;
using Stockbridge.Mapping.Normalisation;

namespace Stockbridge.Mapping.Tests.Normalisation;

public class ProductNormaliserTests
{
    [Fact]
    public void Normalise_CosmeticNoise_GivesTheSameHash()
    {
        var clean = Catalog.Product("P1", Catalog.Variant("S1"));
        var noisy = clean with
        {
            SourceProductCode = " P1 ",
            Tags = ["web", " WEB", ""],
            Variants = [Catalog.Variant("S1 ", jhb: 3), Catalog.Variant("S1")],
        };
        ContentHash.Of(ProductNormaliser.Normalise(noisy)).ShouldBe(ContentHash.Of(ProductNormaliser.Normalise(clean)));
    }

    [Fact]
    public void Normalise_RepeatedSku_KeepsTheLast()
    {
        var product = Catalog.Product("P1", Catalog.Variant("S1", jhb: 1), Catalog.Variant("S1", jhb: 2));
        ProductNormaliser.Normalise(product).Variants.Single().QtyAvailability["JHB"].ShouldBe(2);
    }
}
