using System.Globalization;

namespace PainCare.Web.Features.Handover;

/// <summary>
/// The answers in a posted rating form, one per question. The form binder reads a list only up to its first gap, and a
/// patient may skip a question and answer the next, so each answer is read by its own field name.
/// </summary>
public static class PostedAnswers
{
    public static IReadOnlyList<int?> Read(IFormCollection form, int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
            int.TryParse(form[$"Form.Answers[{i}]"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (int?)null)];
}
