using System.Text.Json;

namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>Saves and loads the shop's records as one JSON file, so a simulated shop survives a restart.</summary>
public sealed record StateSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public List<SimProduct> Products { get; init; } = [];
    public List<SimOrder> Orders { get; init; } = [];
    public List<SimCustomer> Customers { get; init; } = [];
    public List<SimLocation> Locations { get; init; } = [];
    public List<SimWebhookSubscription> Subscriptions { get; init; } = [];
    public List<SimMetafield> Metafields { get; init; } = [];
    public List<long[]> Levels { get; init; } = [];
    public int NextOrderNumber { get; init; }
    public long LastId { get; init; }

    public static void Save(ShopState s, string path)
    {
        var snapshot = new StateSnapshot
        {
            Products = [.. s.Products.Values], Orders = [.. s.Orders.Values], Customers = [.. s.Customers.Values],
            Locations = [.. s.Locations], Subscriptions = [.. s.Subscriptions], Metafields = [.. s.Metafields],
            Levels = [.. s.Levels.Select(l => new[] { l.Key.Item, l.Key.Location, l.Value })],
            NextOrderNumber = s.NextOrderNumber, LastId = s.NewId(),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(snapshot, Json));
    }

    public static void Load(ShopState s, string path)
    {
        var snapshot = JsonSerializer.Deserialize<StateSnapshot>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no simulator state.");
        foreach (var p in snapshot.Products) s.Products[p.Id] = p;
        foreach (var o in snapshot.Orders) s.Orders[o.Id] = o;
        foreach (var c in snapshot.Customers) s.Customers[c.Id] = c;
        s.Locations.AddRange(snapshot.Locations);
        s.Subscriptions.AddRange(snapshot.Subscriptions);
        s.Metafields.AddRange(snapshot.Metafields);
        foreach (var l in snapshot.Levels) s.Levels[(l[0], l[1])] = (int)l[2];
        s.NextOrderNumber = snapshot.NextOrderNumber;
        s.EnsureIdsAbove(snapshot.LastId);
    }
}
