using System.Text;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary>Product handles: lowercase words joined by dashes, made unique with a numeric suffix.</summary>
public static class Handles
{
    public static string From(string title, ShopState s)
    {
        var slug = new StringBuilder();
        foreach (var ch in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) slug.Append(ch);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var handle = slug.ToString().Trim('-');
        if (handle.Length == 0) handle = "product";
        var candidate = handle;
        for (var i = 1; s.Products.Values.Any(p => p.Handle == candidate); i++) candidate = $"{handle}-{i}";
        return candidate;
    }
}
