namespace Stockbridge.Simulators.Faults;

/// <summary>
/// Holds the active fault rules and decides, per call, which (if any) applies. Set from code (tests, the demo) or over
/// HTTP (<see cref="FaultEndpoints"/>). The dice are seeded, so a run with the same calls faults the same way.
/// </summary>
public sealed class FaultInjector(int seed = 7, TimeProvider? time = null)
{
    private readonly Lock _lock = new();
    private readonly List<ActiveRule> _rules = [];
    private readonly Random _random = new(seed);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Dictionary<FaultKind, int> _injectedByKind = [];
    private int _nextId = 1;

    /// <summary>How many calls a fault has hit so far.</summary>
    public int Injected { get; private set; }

    /// <summary>How many calls each kind of fault has hit so far.</summary>
    public IReadOnlyDictionary<FaultKind, int> InjectedByKind
    {
        get { lock (_lock) return new Dictionary<FaultKind, int>(_injectedByKind); }
    }

    /// <summary>Adds a rule; returns its id.</summary>
    public int Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_lock)
        {
            var until = rule.DurationMs is { } ms ? _time.GetUtcNow().AddMilliseconds(ms) : (DateTimeOffset?)null;
            var active = new ActiveRule(_nextId++, rule, until);
            _rules.Add(active);
            return active.Id;
        }
    }

    /// <summary>Removes one rule; false when it is gone already.</summary>
    public bool Remove(int id)
    {
        lock (_lock) return _rules.RemoveAll(r => r.Id == id) > 0;
    }

    /// <summary>Removes every rule (the counts stay).</summary>
    public void Clear()
    {
        lock (_lock) _rules.Clear();
    }

    /// <summary>The rules still active, with what is left of their counts.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_lock)
            {
                DropExpired();
                return _rules.Select(r => r.Rule with { Count = r.Remaining }).ToList();
            }
        }
    }

    /// <summary>
    /// The fault for this call (any kind but the webhook ones), or null. <paramref name="keys"/> are what the call
    /// carries for <see cref="FaultRule.FirstAttemptPerKey"/> rules.
    /// </summary>
    public FaultRule? Match(string target, IReadOnlyCollection<string>? keys = null) =>
        Take(target, keys, kind => !FaultTargets.IsWebhookKind(kind));

    /// <summary>The fault of this kind for this call (or webhook topic), or null; for simulators that check kinds at different steps.</summary>
    public FaultRule? Match(string target, FaultKind kind, IReadOnlyCollection<string>? keys = null) => Take(target, keys, k => k == kind);

    private FaultRule? Take(string target, IReadOnlyCollection<string>? keys, Func<FaultKind, bool> kinds)
    {
        ArgumentNullException.ThrowIfNull(target);
        lock (_lock)
        {
            DropExpired();
            foreach (var active in _rules)
            {
                if (!kinds(active.Rule.Kind) || !active.Matches(target, keys, _random)) continue;
                if (active.Remaining is not null && --active.Remaining == 0) _rules.Remove(active);
                Injected++;
                _injectedByKind[active.Rule.Kind] = _injectedByKind.GetValueOrDefault(active.Rule.Kind) + 1;
                return active.Rule;
            }
            return null;
        }
    }

    private void DropExpired()
    {
        var now = _time.GetUtcNow();
        _rules.RemoveAll(r => r.Until is { } until && now >= until);
    }

    private sealed class ActiveRule(int id, FaultRule rule, DateTimeOffset? until)
    {
        private readonly HashSet<string> _seenKeys = new(StringComparer.OrdinalIgnoreCase);

        public int Id { get; } = id;
        public FaultRule Rule { get; } = rule;
        public DateTimeOffset? Until { get; } = until;
        public int? Remaining { get; set; } = rule.Count;

        public bool Matches(string target, IReadOnlyCollection<string>? keys, Random random)
        {
            if (!FaultTargets.Covers(Rule.Target, target)) return false;
            if (Rule.FirstAttemptPerKey)
            {
                if (keys is null || keys.Count == 0) return false;
                var anyNew = false;
                foreach (var key in keys) anyNew |= _seenKeys.Add(key);
                if (!anyNew) return false;
            }
            return Rule.Probability is not { } p || random.NextDouble() < p;
        }
    }
}
