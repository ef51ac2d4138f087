using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.TradeStore.Pages;
using Stockbridge.Web.Console;

namespace Stockbridge.TradeStore.Hosting;

/// <summary>Maps every client's store under <c>/store/{client}/</c> and the merchant's pages under <c>/console/tradestore</c>.</summary>
public static class TradeStoreEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapStockbridgeTradeStore(this IEndpointRouteBuilder endpoints)
    {
        // The store filter runs first (store found, the user made the store's customer), then the console's antiforgery check.
        var store = endpoints.MapGroup("/store/{client}").ExcludeFromDescription().DisableAntiforgery()
            .AddEndpointFilter<StoreFilter>().AddEndpointFilter<AntiforgeryFilter>();
        StoreLoginPages.Map(store);
        CataloguePage.Map(store);
        CartPages.Map(store);
        OrderPages.Map(store);
        AccountPage.Map(store);
        MerchantPages.Map(endpoints);
        return endpoints;
    }
}
