using System.Xml.Linq;
using Stockbridge.Connectors.Syspro.Simulator.Database;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Queries;

/// <summary>ARSQRY: a customer's header (the reply shape is a [guess]; see docs/connectors/syspro-simulator.md).</summary>
internal static class CustomerQuery
{
    public static async Task<XElement> RunAsync(CompanyDatabase company, XElement request, CancellationToken cancellationToken)
    {
        var code = QueryKey.Of(request, "Customer") ?? "";
        var customer = await company.FindCustomerAsync(code, cancellationToken);
        if (customer is null)
            return EnetReply.Root("ArCustomerQuery", EnetReply.Error("Customer", code, 200004, $"Customer '{code}' not found"));
        return EnetReply.Root("ArCustomerQuery", new XElement("CustomerHeader",
            new XElement("Customer", customer.Customer), new XElement("Name", customer.Name), new XElement("Email", customer.Email),
            new XElement("PriceCode", customer.PriceCode), new XElement("CreditLimit", InventoryQuery.Number(customer.CreditLimit)),
            new XElement("CustomerOnHold", customer.CustomerOnHold), new XElement("Salesperson", customer.Salesperson),
            new XElement("OutstOrdVal", InventoryQuery.Number(customer.OutstandingOrderValue))));
    }
}
