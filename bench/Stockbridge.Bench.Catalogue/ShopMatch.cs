namespace Stockbridge.Bench.Catalogue;

/// <summary>How the shop compares with the expected catalogue: variants it holds, and those missing or showing another price or quantity.</summary>
internal sealed record ShopMatch(int Expected, int OnShop, int Missing, int WrongPrice, int WrongQuantity)
{
    public bool Complete => Missing == 0 && WrongPrice == 0 && WrongQuantity == 0;

    public override string ToString() =>
        $"{OnShop:N0} variants on the shop; of {Expected:N0} expected: {Missing:N0} missing, {WrongPrice:N0} wrong price, {WrongQuantity:N0} wrong quantity";
}
