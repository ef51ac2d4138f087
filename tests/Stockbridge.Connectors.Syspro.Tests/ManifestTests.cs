using Stockbridge.Connectors.Docs;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Syspro.Tests;

public sealed class ManifestTests
{
    private readonly ConnectorManifest _manifest = new SysproConnectorFactory().Manifest;

    [Fact]
    public void Manifest_SeedPrerequisites_AllSettingsPresentWithSecretsMarked()
    {
        _manifest.Key.ShouldBe("syspro");
        _manifest.Kind.ShouldBe(ConnectorKind.Source);
        string[] seedLabels = ["Server Name / IP Address", "Database Name", "Database Username (Read-Only)", "Database Password (Read-Only)",
            "Operator Login", "Operator Password", "Company ID", "Public SYSPRO e.net Web Services URL", "Syspro Version"];
        foreach (var label in seedLabels) _manifest.Settings.ShouldContain(s => s.Label == label);
        _manifest.Settings.Where(s => s.IsSecret).Select(s => s.Key).ShouldBe(["database_password", "operator_password", "company_password"]);
        ManifestValidator.Problems(_manifest).ShouldBeEmpty();
    }

    [Fact]
    public void ConnectorPage_Render_CarriesTheSeedTablesAndLimits()
    {
        var page = ConnectorPage.Render(_manifest);
        TestContext.Current.TestOutputHelper?.WriteLine(page);

        var rows = page.Split('\n').Select(l => string.Join('|', l.Split('|').Select(c => c.Trim()))).ToList();
        rows.ShouldContain("|StockCode|source_product_code|The unique identifier of a product|");
        rows.ShouldContain("|Name|first_name|There is no first name field, Name is used|");
        rows.ShouldContain(r => r.StartsWith("|CustomerPoNumber|channel_order_code|", StringComparison.Ordinal));
        page.ShouldContain("SORTOI");
        page.ShouldContain("MIN_ACTIVE_ROWVERSION");
    }
}
