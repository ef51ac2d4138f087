namespace Stockbridge.Storage.Tests.Contract;

/// <summary>How the contract tests get stores of one engine.</summary>
public interface IStoreFixture : IAsyncDisposable
{
    /// <summary>A store over a new, empty database that has not been migrated.</summary>
    Task<IStore> CreateEmptyAsync(TimeProvider time);

    /// <summary>A second, independent store instance over the same database as <paramref name="store"/>.</summary>
    Task<IStore> OpenAgainAsync(IStore store, TimeProvider time);
}
