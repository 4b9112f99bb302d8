namespace PainCare.Domain.Alliance;

/// <summary>A scored rating: the total and each subscale under the instrument's scoring rule.</summary>
public sealed record RatingScore(double Total, IReadOnlyDictionary<string, double> Subscales);

/// <summary>Why a rating cannot be scored; empty when it can.</summary>
public sealed record RatingValidation(IReadOnlyList<string> Errors)
{
    public static RatingValidation Valid { get; } = new([]);

    public bool IsValid => Errors.Count == 0;
}

/// <summary>The outcome of scoring: a score when the rating is valid, otherwise the validation errors.</summary>
public sealed record RatingResult(RatingScore? Score, RatingValidation Validation)
{
    public bool IsValid => Score is not null;
}

/// <summary>Validates and scores item responses. Items are in instrument order; null marks an unanswered item.</summary>
public static class RatingScoring
{
    public static RatingValidation Validate(InstrumentDefinition instrument, IReadOnlyList<int?> items)
    {
        List<string>? errors = null;
        if (items.Count != instrument.Items.Count)
        {
            (errors ??= []).Add($"expected {instrument.Items.Count} item scores for {instrument.Id}, got {items.Count}");
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } value)
            {
                (errors ??= []).Add($"item {i + 1} is missing");
            }
            else if (value < instrument.ScaleMin || value > instrument.ScaleMax)
            {
                (errors ??= []).Add($"item {i + 1} value {value} is outside the scale {instrument.ScaleMin}-{instrument.ScaleMax}");
            }
        }

        return errors is null ? RatingValidation.Valid : new RatingValidation(errors);
    }

    public static RatingResult Score(InstrumentDefinition instrument, IReadOnlyList<int?> items)
    {
        var validation = Validate(instrument, items);
        if (!validation.IsValid)
        {
            return new RatingResult(null, validation);
        }

        var subscales = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, numbers) in instrument.Subscales)
        {
            subscales[name] = Combine(instrument.Scoring, numbers.Select(n => items[n - 1]!.Value));
        }

        var total = Combine(instrument.Scoring, items.Select(v => v!.Value));
        return new RatingResult(new RatingScore(total, subscales), validation);
    }

    private static double Combine(ScoringRule rule, IEnumerable<int> values)
    {
        var list = values.ToList();
        var sum = list.Sum(v => (double)v);
        return rule == ScoringRule.Mean ? sum / list.Count : sum;
    }
}
