using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Acme.Simulator.Wire;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>
/// The fulfilment service's API. PLACEHOLDER wire protocol: replace these paths and shapes with the vendor's published
/// API (and record what you assume where the vendor publishes nothing).
/// </summary>
public static class AcmeEndpoints
{
    /// <summary>A new warehouse holds no shipments.</summary>
    public static void Seed(AcmeState state) => ArgumentNullException.ThrowIfNull(state);

    /// <summary>Maps the API.</summary>
    public static void Map(IEndpointRouteBuilder app, AcmeState state, string token)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(new AcmeApiFilter(token));
        api.MapGet("/ping", () => Results.Json(new { name = "Acme (simulator)" }));
        api.MapPost("/shipments", (JsonObject body) =>
        {
            var reference = AcmeJson.Text(body, "reference");
            var lines = AcmeJson.Lines(body);
            var (shipment, created) = state.Read(s =>
            {
                // One shipment per order reference: a repeated hand-over gets the first one back.
                if (s.Shipments.Find(x => x.Reference == reference) is { } existing) return (existing, false);
                var added = new AcmeShipment
                {
                    Id = "SH" + s.NextNumber().ToString(CultureInfo.InvariantCulture),
                    Reference = reference,
                    Lines = [.. lines.Select(l => new AcmeOrderLine(l.Sku, l.Quantity, 0m, 0m))],
                };
                s.Shipments.Add(added);
                return (added, true);
            });
            return Results.Json(Wire(shipment), statusCode: created ? 201 : 200);
        });
        api.MapGet("/shipments/{id}", (string id) => state.Read(s => s.Shipments.Find(x => x.Id == id) is { } shipment
            ? Results.Json(Wire(shipment))
            : Results.Json(new { error = $"no shipment '{id}'" }, statusCode: 404)));
    }

    private static object Wire(AcmeShipment s) => new
    {
        id = s.Id,
        reference = s.Reference,
        status = s.Status,
        tracking_number = s.TrackingNumber,
        carrier = s.TrackingNumber is null ? null : "Acme Courier",
        lines = s.Lines.Select(l => new { sku = l.Sku, quantity = l.Quantity }),
    };
}
