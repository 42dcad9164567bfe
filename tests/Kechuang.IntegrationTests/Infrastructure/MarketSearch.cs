using System.Net;
using Kechuang.Web.Modules.Market.Features.Search;

namespace Kechuang.IntegrationTests.Infrastructure;

/// <summary>The market's search as the scenarios use it.</summary>
public static class MarketSearch
{
    /// <summary>The index is updated by a background worker: wait (bounded) until the search shows what is expected.</summary>
    public static async Task<SearchMarket.Result> SearchUntilAsync(this Api api, string q, Func<SearchMarket.Result, bool> done, string? kind = null)
    {
        SearchMarket.Result result;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            result = (await api.GetAsync($"/api/v1/market/search?q={Uri.EscapeDataString(q)}&kind={kind}")).Is(HttpStatusCode.OK).Json<SearchMarket.Result>();
            if (done(result))
            {
                return result;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        while (DateTime.UtcNow < deadline);

        return result;
    }
}
