namespace Stockbridge.Storage.Relational;

/// <summary>Times are stored as microseconds since the Unix epoch (UTC): sortable, and the precision PostgreSQL keeps too.</summary>
internal static class DbTime
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static long ToDb(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond;

    public static long? ToDb(DateTimeOffset? value) => value is { } v ? ToDb(v) : null;

    public static DateTimeOffset FromDb(long value) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (value * TicksPerMicrosecond), TimeSpan.Zero);

    public static DateTimeOffset? FromDb(long? value) => value is { } v ? FromDb(v) : null;
}
