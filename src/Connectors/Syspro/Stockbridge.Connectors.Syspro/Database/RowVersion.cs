using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>Reads a TimeStamp column: an integer in the simulator, binary(8) big-endian rowversion on SQL Server.</summary>
internal static class RowVersion
{
    public static long Read(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        byte[] { Length: 8 } bytes => BinaryPrimitives.ReadInt64BigEndian(bytes),
        DBNull => 0,
        var value => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };
}
