using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;

/// <summary>Money, tax lines and addresses as GraphQL objects.</summary>
public static class MoneyViews
{
    public static GraphObject Bag(decimal amount, string currency)
    {
        var money = new GraphObject { ["amount"] = amount, ["currencyCode"] = currency };
        return new GraphObject { ["shopMoney"] = money, ["presentmentMoney"] = money };
    }

    public static List<GraphObject> TaxLines(IEnumerable<SimTaxLine> lines, string currency) =>
        lines.Select(t => new GraphObject
        {
            ["title"] = t.Title,
            ["rate"] = (double)t.Rate,
            ["ratePercentage"] = (double)(t.Rate * 100),
            ["priceSet"] = Bag(t.Price, currency),
        }).ToList();

    public static GraphObject? Address(SimAddress? a) => a is null ? null : new GraphObject
    {
        ["firstName"] = a.FirstName,
        ["lastName"] = a.LastName,
        ["name"] = string.Join(' ', new[] { a.FirstName, a.LastName }.Where(x => !string.IsNullOrEmpty(x))),
        ["company"] = a.Company,
        ["address1"] = a.Address1,
        ["address2"] = a.Address2,
        ["city"] = a.City,
        ["province"] = a.Province,
        ["provinceCode"] = a.ProvinceCode,
        ["country"] = a.Country,
        ["countryCodeV2"] = a.CountryCode,
        ["zip"] = a.Zip,
        ["phone"] = a.Phone,
    };
}
