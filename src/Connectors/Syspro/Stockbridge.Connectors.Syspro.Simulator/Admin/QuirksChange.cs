namespace Stockbridge.Connectors.Syspro.Simulator.Admin;

/// <summary>Body of POST /admin/quirks; omitted values stay as they are.</summary>
public sealed record QuirksChange(bool? LowerCaseElements, bool? JsonQuotedBody, bool? SortoiStatusOnlyReply);
