using System.Globalization;
using System.Xml.Linq;
using Stockbridge.Connectors.Syspro.Simulator.Database;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet.Sortoi;

/// <summary>
/// Runs a SORTOI post in one transaction: validates each order, imports the valid ones (Process=IMPORT) and answers
/// with XmlOut root SalesOrders, an Order block per order (SalesOrder empty when rejected) and a StatusOfItems total.
/// </summary>
internal static class SortoiProcessor
{
    public static Task<XElement> PostAsync(CompanyDatabase company, SortoiParameters parameters, IReadOnlyList<SortoiOrder> orders,
        string today, bool statusOnlyReply, CancellationToken ct) =>
        company.WriteAsync(async (connection, transaction) =>
        {
            var validator = new SortoiValidator(connection, transaction, parameters);
            var writer = new SortoiWriter(connection, transaction);
            var amender = new SortoiAmender(connection, transaction);
            var blocks = new List<XElement>();
            int processed = 0, invalid = 0;
            foreach (var order in orders)
            {
                if (order.ActionType is "C" or "D")
                {
                    // Validate-only runs of a change are not simulated: a change or cancel is applied when it is valid.
                    var (amended, problems) = await amender.AmendAsync(order, ct);
                    if (problems.Count > 0) invalid++;
                    else processed++;
                    blocks.Add(new XElement("Order", new XElement("CustomerPoNumber", order.CustomerPoNumber),
                        new XElement("SalesOrder", problems.Count > 0 ? "" : amended), new XElement("OrderActionType", order.ActionType), problems));
                    continue;
                }
                var (valid, errors) = await validator.ValidateAsync(order, today, ct);
                var salesOrder = valid is not null && parameters.Import ? await writer.InsertAsync(valid, today, ct) : "";
                if (valid is null) invalid++;
                else processed++;
                if (valid is not null && statusOnlyReply) continue;
                blocks.Add(new XElement("Order",
                    new XElement("CustomerPoNumber", order.CustomerPoNumber), new XElement("SalesOrder", salesOrder),
                    new XElement("OrderActionType", "A"), errors));
            }
            return EnetReply.Root("SalesOrders", blocks, new XElement("StatusOfItems",
                new XElement("ItemsProcessed", Count(processed)), new XElement("ItemsInvalid", Count(invalid)),
                new XElement("ItemsRejectedWithWarnings", Count(0)), new XElement("ItemsProcessedWithWarnings", Count(0))));
        }, ct);

    private static string Count(int n) => n.ToString("D6", CultureInfo.InvariantCulture);
}
