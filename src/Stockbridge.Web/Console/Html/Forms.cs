using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Stockbridge.Web.Console.Html;

/// <summary>Form pieces: every form carries the antiforgery token.</summary>
internal static class Forms
{
    /// <summary>The hidden antiforgery field for this request.</summary>
    public static string Antiforgery(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Html.E(tokens.FormFieldName)}\" value=\"{Html.E(tokens.RequestToken)}\">";
    }

    /// <summary>A one-button POST form.</summary>
    public static string PostButton(HttpContext context, string action, string label, string css = "button") =>
        $"<form method=\"post\" action=\"{Html.E(action)}\" class=\"inline\">{Antiforgery(context)}<button type=\"submit\" class=\"{css}\">{Html.E(label)}</button></form>";
}
