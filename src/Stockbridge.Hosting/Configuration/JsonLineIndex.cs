using System.Text;
using System.Text.Json;

namespace Stockbridge.Hosting.Configuration;

/// <summary>Maps JSON paths (<c>$.a[0].b</c>) of a document to the 1-based line where each value starts.</summary>
internal sealed class JsonLineIndex
{
    private readonly Dictionary<string, long> lines = new(StringComparer.Ordinal);

    public JsonLineIndex(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        var indexes = new Stack<int>();
        var line = 1L;
        var scanned = 0;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                for (; scanned < start; scanned++) if (utf8[scanned] == (byte)'\n') line++;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        path.Add("." + reader.GetString());
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Enter(path, indexes, line, reader.TokenType == JsonTokenType.StartArray);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        indexes.Pop();
                        Leave(path, indexes);
                        continue;
                    default:
                        Record(path, indexes, line);
                        Leave(path, indexes);
                        continue;
                }
            }
        }
        catch (JsonException)
        {
            // A syntax error is reported by the deserializer with its own line; the index keeps what it saw.
        }
    }

    /// <summary>The line of the value at the path, or of its nearest parent that exists (a missing field is reported where its object starts).</summary>
    public long? LineOf(string jsonPath)
    {
        for (var path = jsonPath; path.Length > 0; path = Parent(path))
        {
            if (lines.TryGetValue(path, out var line)) return line;
        }
        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : "";
    }

    private void Enter(List<string> path, Stack<int> indexes, long line, bool array)
    {
        Record(path, indexes, line);
        indexes.Push(array ? 0 : -1);
    }

    private void Record(List<string> path, Stack<int> indexes, long line)
    {
        if (indexes.Count > 0 && indexes.Peek() >= 0) path.Add($"[{indexes.Peek()}]");
        lines.TryAdd(Join(path), line);
    }

    private static void Leave(List<string> path, Stack<int> indexes)
    {
        if (indexes.Count > 0 && indexes.Peek() >= 0)
        {
            indexes.Push(indexes.Pop() + 1);
            if (path.Count > 0) path.RemoveAt(path.Count - 1);
            return;
        }
        if (path.Count > 0) path.RemoveAt(path.Count - 1);
    }

    private static string Join(List<string> path)
    {
        var text = new StringBuilder("$");
        foreach (var part in path) text.Append(part);
        return text.ToString();
    }
}
