using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Parcelninja.Simulator.Endpoints;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Tests.Support;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Parcelninja.Tests.Connector;

/// <summary>
/// One outbound per order whatever the create's answer: the connector looks the order number up before creating and
/// right after any answer that leaves the outcome unknown, so neither its recovery nor the engine's retry doubles it.
/// The simulator accepts duplicate client order numbers here, so only the connector keeps an order to one outbound.
/// </summary>
public sealed class ExactlyOnceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_create_that_commits_and_never_answers_is_found_by_the_look_up_and_not_made_again()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        bed.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = "POST outbounds", Count = 1 });

        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct);
        var again = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct);

        Assert.Equal(1, bed.Simulator.Faults.Injected);
        Assert.Equal(id, again);
        Assert.Equal(1, bed.Simulator.OutboundCount(code));
        Assert.Equal(id, (await bed.Simulator.ReadShipmentAsync(code, Ct))?.ShipmentId);
    }

    [Fact]
    public async Task A_500_after_the_outbound_was_made_returns_that_outbound()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        bed.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = CreateOutboundFaults.ErrorAfterCreate, Count = 1 });

        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct);

        Assert.Equal(1, bed.Simulator.Faults.Injected);
        Assert.Equal(1, bed.Simulator.OutboundCount(code));
        Assert.Equal(id, (await bed.Simulator.ReadShipmentAsync(code, Ct))?.ShipmentId);
    }

    [Fact]
    public async Task A_success_without_the_id_header_is_resolved_by_the_look_up()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        bed.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.MalformedResponse, Target = CreateOutboundFaults.NoIdHeader, Count = 1 });

        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct);

        Assert.Equal(1, bed.Simulator.Faults.Injected);
        Assert.Equal(1, bed.Simulator.OutboundCount(code));
        Assert.Equal(id, (await bed.Simulator.ReadShipmentAsync(code, Ct))?.ShipmentId);
    }

    [Fact]
    public async Task A_503_before_anything_was_made_is_a_retryable_failure_that_says_it_is_safe_and_the_retry_makes_one()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        bed.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = "POST outbounds", Status = 503, Count = 1 });

        var failure = await Assert.ThrowsAsync<TransientConnectorException>(() => bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct));
        Assert.False(failure.OutcomeUnknown);
        Assert.Contains("503", failure.Message, StringComparison.Ordinal);
        Assert.Contains("holds no outbound", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, bed.Simulator.OutboundCount(code));

        await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct);
        Assert.Equal(1, bed.Simulator.OutboundCount(code));
    }

    [Fact]
    public async Task When_the_look_up_after_an_ambiguous_create_fails_too_the_outcome_stays_unknown_and_the_retry_still_makes_no_second()
    {
        var lookups = new FailingLookupHandler();
        await using var bed = await ParcelninjaTestBed.StartAsync(handler: lookups);
        var code = ParcelninjaTestBed.Code();
        bed.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Target = "POST outbounds", Count = 1 });

        var failure = await Assert.ThrowsAsync<TransientConnectorException>(() => bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct));
        Assert.True(failure.OutcomeUnknown);
        Assert.Equal(1, bed.Simulator.OutboundCount(code));

        lookups.Armed = false;
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct);
        Assert.Equal(1, bed.Simulator.OutboundCount(code));
        Assert.Equal(id, (await bed.Simulator.ReadShipmentAsync(code, Ct))?.ShipmentId);
    }

    [Fact]
    public async Task Id_zero_with_an_error_message_is_a_permanent_failure_in_Parcelninjas_words_and_nothing_is_made()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        bed.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Target = CreateOutboundFaults.IdZero, Body = "Insufficient credit on account.", Count = 1 });

        var failure = await Assert.ThrowsAsync<PermanentConnectorException>(() => bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct));

        Assert.Contains("Insufficient credit on account.", failure.Message, StringComparison.Ordinal);
        Assert.Contains(code, failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, bed.Simulator.OutboundCount(code));
    }

    [Fact]
    public async Task A_warehouse_that_refuses_duplicate_order_numbers_is_never_sent_one()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync(duplicates: DuplicateClientIdPolicy.Reject);
        var code = ParcelninjaTestBed.Code();

        var first = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct);
        var second = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct);

        Assert.Equal(first, second);
        Assert.Equal(1, bed.Simulator.OutboundCount(code));
    }

    [Fact]
    public async Task A_429_burst_is_rate_limited_not_failed()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        bed.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, Target = "*", DurationMs = 60_000 });

        var failure = await Assert.ThrowsAsync<RateLimitedException>(() => bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(ParcelninjaTestBed.Code(), "SKU-1"), Ct));

        Assert.Contains("Too many requests.", failure.Message, StringComparison.Ordinal);
        bed.Clock.Advance(TimeSpan.FromMinutes(2));
        var code = ParcelninjaTestBed.Code();
        await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-1"), Ct);
        Assert.Equal(1, bed.Simulator.OutboundCount(code));
    }
}
