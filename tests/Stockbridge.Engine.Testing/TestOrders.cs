using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;

namespace Stockbridge.Engine.Testing;

/// <summary>Small channel orders for webhook bodies.</summary>
public static class TestOrders
{
    public static Order Order(string code, string? notes = null) => new()
    {
        Channel = HmacTestConnectorFactory.Key,
        ChannelOrderCode = code,
        Notes = notes,
        Currency = "ZAR",
    };

    public static byte[] Body(string code, string? notes = null) => WireJson.SerializeToUtf8(Order(code, notes));
}
