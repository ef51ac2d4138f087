using System.Text;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Storage.Connections;
using Stockbridge.Web.Console.Html;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.Web.Console.Pages;

/// <summary>
/// The setup form generated from a connector's manifest. Secrets are password inputs that are never filled in:
/// leaving one blank keeps the stored value.
/// </summary>
internal static class ConnectionForm
{
    public const string SettingPrefix = "setting.";

    public static string Render(
        HttpContext context, ConnectorManifest manifest, string action, ConnectionRecord? existing,
        IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string[]> errors)
    {
        var form = new StringBuilder($"<form method=\"post\" action=\"{E(action)}\" class=\"connection-form\">{Forms.Antiforgery(context)}");
        if (existing is null)
        {
            form.Append(Field("id", "Connection id", "text", values.GetValueOrDefault("id"), "Lowercase letters, digits and dashes; it appears in the webhook URL.", true, errors));
        }
        form.Append(Field("name", "Name", "text", values.GetValueOrDefault("name") ?? existing?.Name, "What you call this connection.", false, errors));
        foreach (var setting in manifest.Settings)
        {
            var name = SettingPrefix + setting.Key;
            var stored = existing?.Settings.GetValueOrDefault(setting.Key);
            var value = setting.IsSecret ? null : values.GetValueOrDefault(name) ?? stored ?? setting.Default;
            var help = setting.Help + (setting.IsSecret && existing?.Secrets.ContainsKey(setting.Key) == true ? " A value is stored; leave blank to keep it." : "");
            var required = setting.Required && !(setting.IsSecret && existing?.Secrets.ContainsKey(setting.Key) == true) && setting.Default is null;
            form.Append(setting.Type switch
            {
                SettingType.Choice => Select(name, setting.Label, setting.Choices ?? [], value, help, errors.GetValueOrDefault(setting.Key)),
                SettingType.Boolean => Select(name, setting.Label, ["true", "false"], value, help, errors.GetValueOrDefault(setting.Key)),
                _ => Field(name, setting.Label, InputType(setting.Type), value, help, required, errors, setting.Key),
            });
        }
        return form.Append("<p><button type=\"submit\" class=\"button\">Save connection</button></p></form>").ToString();
    }

    private static string InputType(SettingType type) => type switch
    {
        SettingType.Secret => "password",
        SettingType.Url => "url",
        SettingType.Integer => "number",
        _ => "text",
    };

    private static string Field(string name, string label, string type, string? value, string help, bool required,
        IReadOnlyDictionary<string, string[]> errors, string? errorKey = null)
    {
        var valueAttr = type == "password" ? " autocomplete=\"new-password\"" : $" value=\"{E(value)}\"";
        return $"<label for=\"{E(name)}\">{E(label)}</label><input id=\"{E(name)}\" name=\"{E(name)}\" type=\"{type}\"{valueAttr}{(required ? " required" : "")}>" +
               $"<p class=\"help\">{E(help)}</p>{Errors(errors.GetValueOrDefault(errorKey ?? name))}";
    }

    private static string Select(string name, string label, IReadOnlyList<string> choices, string? value, string help, string[]? errors) =>
        $"<label for=\"{E(name)}\">{E(label)}</label><select id=\"{E(name)}\" name=\"{E(name)}\">" +
        string.Concat(choices.Select(c => $"<option value=\"{E(c)}\"{(c == value ? " selected" : "")}>{E(c)}</option>")) +
        $"</select><p class=\"help\">{E(help)}</p>{Errors(errors)}";

    private static string Errors(string[]? errors) =>
        errors is null ? "" : string.Concat(errors.Select(e => $"<p class=\"error\">{E(e)}</p>"));
}
