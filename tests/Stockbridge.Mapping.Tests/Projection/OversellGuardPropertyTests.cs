using FsCheck;
using FsCheck.Xunit;
using Stockbridge.Mapping.Channels;
using Stockbridge.Mapping.Projection;

namespace Stockbridge.Mapping.Tests.Projection;

public class OversellGuardPropertyTests
{
    [Property(MaxTest = 500)]
    public bool Quantity_IsNeverNegative(decimal available, decimal unraised, decimal buffer) =>
        OversellGuard.Quantity(available, unraised, buffer) >= 0;

    [Property(MaxTest = 500)]
    public bool Quantity_IsNeverAboveAvailableLessBuffer(decimal available, NonNegativeInt unraised, NonNegativeInt buffer)
    {
        var quantity = OversellGuard.Quantity(available, unraised.Get, buffer.Get);
        return quantity == 0 || quantity <= available - buffer.Get;
    }

    [Property(MaxTest = 500)]
    public bool Quantity_OfWholeUnitsWithEnoughStock_IsAvailableLessUnraisedLessBuffer(NonNegativeInt unraised, NonNegativeInt buffer, NonNegativeInt spare)
    {
        var available = (decimal)unraised.Get + buffer.Get + spare.Get;
        return OversellGuard.Quantity(available, unraised.Get, buffer.Get) == spare.Get;
    }

    [Property(MaxTest = 300)]
    public bool ProjectedQuantity_NeverExceedsChosenWarehousesLessBuffer(NonNegativeInt jhb, NonNegativeInt cpt, NonNegativeInt unraised, NonNegativeInt buffer)
    {
        var rules = new ChannelRules { Warehouses = ["JHB"], QtyBuffer = buffer.Get };
        var demand = new UnraisedDemand(new Dictionary<string, decimal> { ["S1"] = unraised.Get });
        var qty = ProductProjection.Project(Catalog.Product("P1", Catalog.Variant("S1", jhb.Get, cpt.Get)), rules, demand).Product.Variants[0].Qty!.Value;
        return qty >= 0 && (qty == 0 || qty <= jhb.Get - buffer.Get - unraised.Get);
    }
}
