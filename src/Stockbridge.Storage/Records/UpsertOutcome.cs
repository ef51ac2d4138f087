namespace Stockbridge.Storage.Records;

/// <summary>What an upsert did to one record.</summary>
public enum UpsertOutcome
{
    /// <summary>The record was new.</summary>
    Created,
    /// <summary>The hash changed; the record was replaced and its version bumped.</summary>
    Changed,
    /// <summary>Same hash: nothing written.</summary>
    Unchanged,
}
