using System.Text;
using PainCare.Testing;
using PainCare.Web.Hosting;

namespace PainCare.IntegrationTests.Performance;

public sealed class PageQueryCountTests(QueryCountClinic clinic) : IClassFixture<QueryCountClinic>
{
    [Fact]
    public void EveryGetRouteTheAppServes_HasAQueryBudget()
    {
        var routes = EndpointCatalogue.All.Where(e => e.Method == "GET").Select(e => e.Pattern).ToList();

        var missing = routes.Where(r => !QueryBudgets.All.Any(b => b.Pattern == r)).ToList();
        var stale = QueryBudgets.All.Where(b => !routes.Contains(b.Pattern)).ToList();

        Assert.True(missing.Count == 0, "GET routes without a query budget — add them to Performance/QueryBudgets.cs:\n  " + string.Join("\n  ", missing));
        Assert.True(stale.Count == 0, "Query budgets for routes the app no longer serves:\n  " + string.Join("\n  ", stale));
    }

    [Fact]
    public async Task EveryPage_SendsExactlyItsBudgetedQueries_EveryTime()
    {
        var table = new StringBuilder();
        var failures = new List<string>();
        foreach (var budget in QueryBudgets.All)
        {
            // Twice: the second request shows nothing was cached by the first, or loaded once per process.
            var first = await RequestLog.GetAsync(clinic.Server, clinic.Client(budget.Visitor), budget.Path(clinic), budget.Pattern);
            var second = budget.Once ? first : await RequestLog.GetAsync(clinic.Server, clinic.Client(budget.Visitor), budget.Path(clinic), budget.Pattern);
            table.AppendLine($"| `{budget.Pattern}` | {budget.Target} | {budget.Visitor} | {first.Line.Status} | {first.Queries} | {second.Queries} |");
            if (first.Line.Status != budget.Status)
            {
                failures.Add($"{budget}: status {first.Line.Status}, expected {budget.Status}");
            }

            foreach (var measured in new[] { first, second }.Distinct().Where(m => m.Queries != budget.Queries))
            {
                failures.Add(measured.Queries > budget.Queries
                    ? $"{budget}: {measured.Queries} queries, over its budget of {budget.Queries}"
                    : $"{budget}: {measured.Queries} queries, under its budget of {budget.Queries}: lower the budget");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\nMeasured:\n" + table);
    }

    [Fact]
    public async Task SignIn_CountsIdentityStoreQueries()
    {
        using var client = new FormClient(clinic.Server.BaseAddress);

        var signIn = await RequestLog.SendAsync(clinic.Server, "POST", "/account/sign-in", () => client.SignInAsync(QueryCountClinic.Priya, AppServer.DemoPassword));

        Assert.Equal(QueryBudgets.Redirect, signIn.Line.Status);
        Assert.Equal(QueryBudgets.SignIn, signIn.Queries);
    }
}
