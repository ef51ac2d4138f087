using Stockbridge.Connectors.Docs;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Engine.Tests.Connectors;

/// <summary>The getting-started page keeps the shape of the vendor's connector template whatever the manifest carries.</summary>
public sealed class ConnectorPageTests
{
    private static ConnectorManifest ChannelWithProductsOnly() => new()
    {
        Key = "teststore",
        DisplayName = "Test Store",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Webhooks,
        Description = "Test Store is an online store used by this test.",
        Settings = [new SettingDefinition("store_url", "Store URL", SettingType.Url, "The store's address, e.g. https://shop.example.")],
        FieldTables = [new FieldTable("products", "to Test Store", [new FieldMapping("sku", "variants.sku", "The link.")])],
    };

    [Fact]
    public void Render_FrontMatter_HasTheTemplateKeys()
    {
        var page = ConnectorPage.Render(ChannelWithProductsOnly());
        var frontMatter = page.Split("---\n")[1];
        frontMatter.ShouldContain("title: \"Test Store\"");
        frontMatter.ShouldContain("seoTitle: \"Test Store Getting Started\"");
        frontMatter.ShouldContain("seoDescription: \"Integrate Test Store with your ERP or accounting system through Stockbridge\"");
        frontMatter.ShouldContain("seoKeyword: [\"Test Store\", \"Integrations\"]");
        frontMatter.ShouldContain("tags: [\"gettingstarted\", \"teststore\"]");
    }

    [Fact]
    public void Render_Sections_ComeInTheTemplatesOrder()
    {
        var page = ConnectorPage.Render(ChannelWithProductsOnly());
        string[] headings =
        [
            "## Getting Started (Prerequisites)", "## Syncing Products to Test Store {#sync-products}", "## Syncing Customers to Test Store {#sync-customers}",
            "## Receiving Orders from Test Store {#receive-orders}", "## What is not supported", "## Features specific to Test Store",
            "## Important concepts", "## Support",
        ];
        var positions = headings.Select(h => page.IndexOf("\n" + h + "\n", StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p > 0, $"every heading present in:\n{page}");
        positions.ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void Render_EntityWithoutATable_SaysItIsNotCarried()
    {
        var page = ConnectorPage.Render(ChannelWithProductsOnly());
        page.ShouldContain("Not carried: Stockbridge does not sync customers between Test Store and Stockbridge.");
        page.ShouldContain("Not carried: Stockbridge does not sync orders between Test Store and Stockbridge.");
        page.ShouldNotContain("Not carried: Stockbridge does not sync products");
        page.ShouldContain("1. [Syncing Products to Test Store](#sync-products)");
        page.ShouldNotContain("2. [");
    }

    [Fact]
    public void Render_Features_OneLinePerCapability()
    {
        var page = ConnectorPage.Render(ChannelWithProductsOnly());
        page.ShouldContain("- Products: pushes products, variants, prices and stock to Test Store");
        page.ShouldContain("- Webhooks: receives Test Store's signed webhooks");
        ConnectorFeatures.Of(ChannelWithProductsOnly()).Count.ShouldBe(2);
    }

    [Fact]
    public void Validator_TwoTablesForOneEntity_IsAProblem()
    {
        var manifest = ChannelWithProductsOnly();
        manifest = manifest with { FieldTables = [.. manifest.FieldTables, .. manifest.FieldTables, new FieldTable("stock", "x", [new FieldMapping("a", "b", "c")])] };
        var problems = ManifestValidator.Problems(manifest);
        problems.ShouldContain("field table 'products' is declared 2 times: the page has one table per entity");
        problems.ShouldContain(p => p.StartsWith("field table 'stock': the entity must be one of", StringComparison.Ordinal));
        ManifestValidator.Problems(ChannelWithProductsOnly()).ShouldBeEmpty();
    }

    [Fact]
    public void Render_TableHeading_FollowsTheTablesDirection()
    {
        var manifest = ChannelWithProductsOnly();
        manifest = manifest with { FieldTables = [.. manifest.FieldTables, new FieldTable("customers", "to Stockbridge", [new FieldMapping("email", "customer.email", "Arrives with each order.")])] };
        ConnectorPage.Render(manifest).ShouldContain("\n## Syncing Customers to Stockbridge {#sync-customers}\n");
    }
}
