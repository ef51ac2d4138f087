using GraphQL;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Views;
using Stockbridge.Connectors.Shopify.Simulator.State;

namespace Stockbridge.Connectors.Shopify.Simulator.GraphQL.Mutations;

/// <summary><c>webhookSubscriptionCreate</c> / <c>webhookSubscriptionDelete</c>.</summary>
public static class WebhookSubscriptionMutations
{
    public static GraphObject Create(IResolveFieldContext c, ShopState s)
    {
        var topic = Topics.FromEnum(c.GetArgument<string>("topic"));
        var input = c.GetArgument<Dictionary<string, object?>>("webhookSubscription");
        var uri = Input.Str(input, "uri") ?? Input.Str(input, "callbackUrl");
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            return UserErrors.Payload("webhookSubscription", null, [UserErrors.Of("INVALID", "Address is invalid", "webhookSubscription", "callbackUrl")]);
        if (s.Subscriptions.Any(w => w.Topic == topic && w.Uri == uri))
            return UserErrors.Payload("webhookSubscription", null, [UserErrors.Of("TAKEN", "Address for this topic has already been taken", "webhookSubscription", "callbackUrl")]);
        var subscription = Subscribe(s, topic, uri!);
        return UserErrors.Payload("webhookSubscription", CustomerViews.Subscription(subscription), []);
    }

    public static SimWebhookSubscription Subscribe(ShopState s, string topic, string uri)
    {
        var subscription = new SimWebhookSubscription { Id = s.NewId(), Topic = topic, Uri = uri, CreatedAt = s.Now };
        s.Subscriptions.Add(subscription);
        return subscription;
    }

    public static GraphObject Delete(IResolveFieldContext c, ShopState s)
    {
        var id = c.GetArgument<string>("id");
        var removed = s.Subscriptions.RemoveAll(w => w.Id == Gid.Parse(id, "WebhookSubscription"));
        return removed == 0
            ? new GraphObject { ["deletedWebhookSubscriptionId"] = null, ["userErrors"] = new List<GraphObject> { UserErrors.Of("NOT_FOUND", "Webhook subscription does not exist", "id") } }
            : new GraphObject { ["deletedWebhookSubscriptionId"] = id, ["userErrors"] = new List<GraphObject>() };
    }
}
