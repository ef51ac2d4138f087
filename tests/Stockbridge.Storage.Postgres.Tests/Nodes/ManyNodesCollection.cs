namespace Stockbridge.Storage.Postgres.Tests.Nodes;

/// <summary>The many-nodes test runs alone: its three node processes need the machine's cores to themselves.</summary>
[CollectionDefinition(nameof(ManyNodesCollection), DisableParallelization = true)]
public sealed class ManyNodesCollection;
