using Stockbridge.Connectors.Errors;
using Stockbridge.Mapping.Channels;
using Stockbridge.Mapping.Orders;
using Stockbridge.Mapping.Rules;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Sync.Connections;

/// <summary>Reads a connection's rules; a bad rules document fails the job for good, naming the connection and field.</summary>
public static class ConnectionRules
{
    /// <summary>The channel projection rules.</summary>
    public static ChannelRules Channel(ConnectionRecord connection) => Read<ChannelRules>(connection);

    /// <summary>The order rules of a source connection.</summary>
    public static OrderRules Orders(ConnectionRecord connection) => Read<OrderRules>(connection);

    private static T Read<T>(ConnectionRecord connection)
        where T : IValidatedRules, new()
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            return RulesJson.Read<T>(connection.RulesJson);
        }
        catch (RulesException ex)
        {
            throw new PermanentConnectorException($"Connection '{connection.Id}' has invalid rules: {ex.Message}", "invalid_rules");
        }
    }
}
