namespace Stockbridge.Mapping.Rules;

/// <summary>A rules record that checks its own values after reading.</summary>
public interface IValidatedRules
{
    /// <summary>Throws a <see cref="RulesException"/> naming the first invalid field.</summary>
    void Validate();
}
