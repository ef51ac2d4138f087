using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stockbridge.Connectors;
using Stockbridge.TradeStore.Accounts;
using Stockbridge.TradeStore.Cart;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.TradeStore.Checkout;
using Stockbridge.TradeStore.Connector;
using Stockbridge.TradeStore.Mail;
using Stockbridge.TradeStore.Orders;
using Stockbridge.TradeStore.Pages;
using Stockbridge.Web.Security;

namespace Stockbridge.TradeStore.Hosting;

/// <summary>Registers the trade store: its connector, services, mailer and its own session cookie.</summary>
public static class TradeStoreServiceCollectionExtensions
{
    public static IServiceCollection AddStockbridgeTradeStore(this IServiceCollection services)
    {
        services.AddSingleton<IConnectorFactory, TradeStoreConnectorFactory>();
        services.AddOptions<TradeMailOptions>().BindConfiguration(TradeMailOptions.Section);
        services.AddSingleton<TradeMailer>();
        services.AddSingleton<StoreRecords>();
        services.AddSingleton(sp => new TradeAccounts(sp.GetRequiredService<StoreRecords>(), sp.GetRequiredService<TradeMailer>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TradeCarts(sp.GetRequiredService<StoreRecords>()));
        services.AddSingleton<StoreLocator>();
        services.AddSingleton<TradeCatalogue>();
        services.AddSingleton<TradeOrders>();
        services.AddSingleton<TradeCheckout>();
        services.AddAuthentication().AddCookie(StoreSession.Scheme, cookie =>
        {
            cookie.Cookie.Name = "__stockbridge_store";
            cookie.Cookie.Path = "/store";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
        });
        services.AddOptions<CookieAuthenticationOptions>(StoreSession.Scheme)
            .Configure<IOptions<StockbridgeWebOptions>>((cookie, web) => cookie.ExpireTimeSpan = web.Value.SessionLifetime);
        return services;
    }
}
