using Stockbridge.Storage.Tests.Contract;

namespace Stockbridge.Storage.Tests.Sqlite;

public sealed class SqliteStoreTests() : StoreContractTests(new SqliteStoreFixture());
