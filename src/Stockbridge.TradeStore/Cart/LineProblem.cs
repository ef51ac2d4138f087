namespace Stockbridge.TradeStore.Cart;

/// <summary>Why a line of a quick order (or an add to the cart) was refused: its line number (1-based), the field, and the reason.</summary>
public sealed record LineProblem(int Line, string Field, string Message)
{
    public override string ToString() => $"Line {Line}, {Field}: {Message}";
}
