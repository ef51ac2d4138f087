using Stockbridge.Storage.Tests.Contract;

namespace Stockbridge.Storage.Postgres.Tests.Contract;

public sealed class PostgresStoreTests() : StoreContractTests(new PostgresStoreFixture());
