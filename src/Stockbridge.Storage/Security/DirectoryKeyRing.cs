using System.Xml.Linq;

namespace Stockbridge.Storage.Security;

/// <summary>The key ring as one XML file per key in a directory (0700), each written 0600 through a rename.</summary>
public sealed class DirectoryKeyRing : IKeyRingStorage
{
    private readonly string directory;

    /// <summary>The ring in <paramref name="directory"/>; narrows the directory (0700) and its key files (0600) if a previous version left them open.</summary>
    public DirectoryKeyRing(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        this.directory = Path.GetFullPath(directory);
        if (!Directory.Exists(this.directory) || OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(this.directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        OwnerOnlyFiles.Restrict([.. Directory.EnumerateFiles(this.directory)]);
    }

    /// <inheritdoc />
    public string Location => directory;

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements() => [.. ReadNamed().Select(k => k.Element)];

    /// <inheritdoc />
    public IReadOnlyList<(string Name, XElement Element)> ReadNamed()
    {
        if (!Directory.Exists(directory)) return [];
        return [.. Directory.EnumerateFiles(directory, "*.xml").Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileNameWithoutExtension(file), XElement.Load(file)))];
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrWhiteSpace(friendlyName) || friendlyName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            ? Guid.NewGuid().ToString("D")
            : friendlyName;
        Write(name, element);
    }

    /// <inheritdoc />
    public void Replace(string name, XElement element) => Write(name, element);

    private void Write(string name, XElement element)
    {
        OwnerOnlyFiles.CreateDirectory(directory);
        OwnerOnlyFiles.WriteAllText(Path.Combine(directory, name + ".xml"), element.ToString());
    }
}
