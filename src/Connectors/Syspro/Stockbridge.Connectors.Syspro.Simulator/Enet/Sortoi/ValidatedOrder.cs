namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>An order that passed SORTOI's checks, with its customer's details and resolved lines.</summary>
internal sealed record ValidatedOrder(SortoiOrder Order, string CustomerName, string Salesperson, string OrderDate, IReadOnlyList<ResolvedLine> Lines)
{
    public decimal Value => Lines.Sum(l => l.Value);
}
