namespace Stockbridge.Connectors.Syspro.Simulator.Faults;

/// <summary>Holds the active fault rules and decides, per e.net call, which (if any) applies.</summary>
public sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private readonly List<ActiveRule> _rules = [];
    private readonly Random _random = new(7);
    private readonly Dictionary<FaultKind, int> _injectedByKind = [];

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
            var active = new ActiveRule(_rules.Count == 0 ? 1 : _rules.Max(r => r.Id) + 1, rule);
            _rules.Add(active);
            return active.Id;
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_lock) _rules.Clear();
    }

    /// <summary>The rules still active.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get { lock (_lock) return _rules.Select(r => r.Rule with { Count = r.Remaining }).ToList(); }
    }

    /// <summary>The fault for this call, or null. <paramref name="poNumbers"/> are the SORTOI document's CustomerPoNumbers.</summary>
    public FaultRule? Match(FaultTarget target, IReadOnlyCollection<string>? poNumbers = null)
    {
        lock (_lock)
        {
            foreach (var active in _rules)
            {
                if (!active.Matches(target, poNumbers, _random)) continue;
                if (active.Remaining is not null && --active.Remaining == 0) _rules.Remove(active);
                Injected++;
                _injectedByKind[active.Rule.Kind] = _injectedByKind.GetValueOrDefault(active.Rule.Kind) + 1;
                return active.Rule;
            }
            return null;
        }
    }

    private sealed class ActiveRule(int id, FaultRule rule)
    {
        private readonly HashSet<string> _seenPos = new(StringComparer.OrdinalIgnoreCase);

        public int Id { get; } = id;
        public FaultRule Rule { get; } = rule;
        public int? Remaining { get; set; } = rule.Count;

        public bool Matches(FaultTarget target, IReadOnlyCollection<string>? poNumbers, Random random)
        {
            if (Rule.Target != FaultTarget.Any && Rule.Target != target) return false;
            if (Rule.FirstAttemptPerPo)
            {
                if (target != FaultTarget.Sortoi || poNumbers is null || poNumbers.Count == 0) return false;
                var anyNew = false;
                foreach (var po in poNumbers) anyNew |= _seenPos.Add(po);
                if (!anyNew) return false;
            }
            return Rule.Probability is not { } p || random.NextDouble() < p;
        }
    }
}
