namespace Stockbridge.Simulators.Faults;

/// <summary>Bodies a parser must refuse: what a proxy cutting a response short would deliver.</summary>
public static class MalformedPayload
{
    /// <summary>The first half of the body.</summary>
    public static byte[] Truncate(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body[..(body.Length / 2)];
    }

    /// <summary>The first <paramref name="characters"/> characters of a text body (all of it when shorter).</summary>
    public static string Truncate(string body, int characters)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body[..Math.Min(characters, body.Length)];
    }
}
