namespace Stockbridge.Demo;

/// <summary>How the demo (and the end-to-end tests built on it) sets up its world.</summary>
public sealed record DemoOptions
{
    /// <summary>The source (ERP) connector's key, from the connector catalogue.</summary>
    public string Source { get; init; } = "syspro";
    /// <summary>The sales channel connector's key, from the connector catalogue.</summary>
    public string Channel { get; init; } = "shopify";
    /// <summary>Further sales channels beside <see cref="Channel"/>, by connector key (e.g. takealot beside shopify): each gets its own simulator and connection, and shoppers order on all of them.</summary>
    public IReadOnlyList<string> ExtraChannels { get; init; } = [];
    /// <summary>The fulfilment connector's key (e.g. parcelninja) that ships the channel's orders; null: the merchant ships.</summary>
    public string? Fulfillment { get; init; }
    /// <summary>More flags for the fulfilment service's simulator; the demo moves its shipments one step a second.</summary>
    public IReadOnlyList<string> FulfillmentArguments { get; init; } = ["--step-seconds", "1"];
    /// <summary>How often the hub looks at a handed-over shipment until it has shipped.</summary>
    public int FulfillmentPollIntervalSeconds { get; init; } = 2;
    /// <summary>The hub's port on 127.0.0.1; 0 picks a free one.</summary>
    public int HubPort { get; init; }
    /// <summary>Products in the sample company, for a source simulator that takes <c>--stock-codes</c>.</summary>
    public int StockCodes { get; init; } = 60;
    /// <summary>More flags for the source's simulator (see <c>stockbridge simulate &lt;key&gt; --help</c>).</summary>
    public IReadOnlyList<string> SourceArguments { get; init; } = [];
    /// <summary>More flags for the channel's simulator, e.g. <c>--plan plus</c>.</summary>
    public IReadOnlyList<string> ChannelArguments { get; init; } = [];
    /// <summary>Where the hub's store, the simulators' data and the config file go; null: a new temp folder.</summary>
    public string? WorkDirectory { get; init; }
    /// <summary>How often the hub pulls from the source.</summary>
    public int PullIntervalSeconds { get; init; } = 3;
    /// <summary>How often the hub polls the channel for orders a webhook missed.</summary>
    public int OrderPollIntervalSeconds { get; init; } = 10;
    /// <summary>How often the hub compares the channel with what it pushed.</summary>
    public int ReconcileIntervalSeconds { get; init; } = 15;
    /// <summary>The channel's webhook retry delays (a real channel waits minutes; the demo waits seconds).</summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; init; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];
}
