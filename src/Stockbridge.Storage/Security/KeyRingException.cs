namespace Stockbridge.Storage.Security;

/// <summary>The key ring cannot be opened as configured (no operator key, the wrong one, a key too short); the message says what to set.</summary>
public sealed class KeyRingException(string message) : InvalidOperationException(message);
