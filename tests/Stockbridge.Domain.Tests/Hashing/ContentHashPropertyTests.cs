using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Hashing;
using Stockbridge.Domain.Serialization;

namespace Stockbridge.Domain.Tests.Hashing;

public class ContentHashPropertyTests
{
    private static Product MakeProduct(string code, string[] tags, (string Sku, decimal Price, decimal Qty)[] variants) => new()
    {
        SourceProductCode = code,
        Title = "Title " + code,
        Tags = [.. tags],
        Variants = [.. variants.Select(v => new Variant
        {
            SourceVariantCode = v.Sku,
            Sku = v.Sku,
            PriceTiers = ImmutableSortedDictionary.CreateRange<string, decimal>(StringComparer.Ordinal, [new("A", v.Price), new("B", v.Price + 1)]),
            QtyAvailability = ImmutableSortedDictionary.CreateRange<string, decimal>(StringComparer.Ordinal, [new("WH1", v.Qty)]),
        })],
    };

    private static (string, decimal, decimal)[] DistinctVariants(NonEmptyString[] skus, decimal price, decimal qty) =>
        [.. skus.Select(s => s.Get).Distinct().Select((s, i) => (s, price + i, qty))];

    [Property(MaxTest = 200)]
    public bool Hash_is_stable_under_the_order_of_tags_and_variants(NonEmptyString code, string[] tags, NonEmptyString[] skus, decimal price, decimal qty, int seed)
    {
        tags = [.. tags.Where(t => t is not null)];
        var variants = DistinctVariants(skus, price, qty);
        var random = new Random(seed);
        var shuffledTags = tags.OrderBy(_ => random.Next()).ToArray();
        var shuffledVariants = variants.OrderBy(_ => random.Next()).ToArray();
        return ContentHash.Of(MakeProduct(code.Get, tags, variants)) == ContentHash.Of(MakeProduct(code.Get, shuffledTags, shuffledVariants));
    }

    [Property(MaxTest = 200)]
    public bool Hash_is_stable_under_the_order_of_object_keys(NonEmptyString code, decimal price)
    {
        var product = MakeProduct(code.Get, ["x"], [("SKU", price, 3)]);
        var node = JsonNode.Parse(WireJson.Serialize(product))!.AsObject();
        var reversed = new JsonObject();
        foreach (var (key, value) in node.Reverse().ToList())
        {
            node.Remove(key);
            reversed[key] = value;
        }
        return ContentHash.Of(product) == ContentHash.Of(reversed);
    }

    [Property(MaxTest = 200)]
    public bool Hash_is_stable_under_number_formatting(NonEmptyString code, decimal price, PositiveInt extraZeros)
    {
        var product = MakeProduct(code.Get, [], [("SKU", price, 3)]);
        var text = WireJson.Serialize(product);
        var canonicalPrice = CanonicalJson.NormaliseNumber(price.ToString(CultureInfo.InvariantCulture));
        var zeros = new string('0', 1 + extraZeros.Get % 5);
        var padded = canonicalPrice.Contains('.', StringComparison.Ordinal) ? canonicalPrice + zeros : canonicalPrice + "." + zeros;
        var reformatted = text.Replace("\"A\":" + price.ToString(CultureInfo.InvariantCulture), "\"A\":" + padded, StringComparison.Ordinal);
        // The replacement must have happened, or the property would hold for the wrong reason.
        return reformatted.Contains("\"A\":" + padded, StringComparison.Ordinal)
            && ContentHash.Of(product) == ContentHash.Of(JsonNode.Parse(reformatted));
    }

    [Property(MaxTest = 200)]
    public Property Hash_changes_when_a_price_changes(NonEmptyString code, decimal price, decimal delta)
    {
        var before = MakeProduct(code.Get, [], [("SKU", price, 3)]);
        var after = MakeProduct(code.Get, [], [("SKU", price + delta, 3)]);
        return (ContentHash.Of(before) != ContentHash.Of(after)).When(delta != 0 && price + delta != price);
    }

    [Fact]
    public void Exponent_and_trailing_zeros_normalise_to_the_same_text()
    {
        CanonicalJson.NormaliseNumber("1e2").ShouldBe("100");
        CanonicalJson.NormaliseNumber("10.500").ShouldBe("10.5");
        CanonicalJson.NormaliseNumber("-0.0").ShouldBe("0");
    }

    [Fact]
    public void Absent_and_null_fields_hash_the_same()
    {
        var withNull = JsonNode.Parse("""{"source_product_code":"X","title":"T","vendor":null}""");
        var without = JsonNode.Parse("""{"title":"T","source_product_code":"X"}""");
        ContentHash.Of(withNull).ShouldBe(ContentHash.Of(without));
    }
}
