using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Xunit;

namespace Brew.Api;

[ApiController]
[Route("api/brew")]
public class BrewController : ControllerBase
{
    [HttpGet("coffee")]
    public IActionResult Coffee() => StatusCode(StatusCodes.Status418ImATeapot, "I'm a teapot");
    //                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>

    [HttpGet("mirror")]
    public IActionResult Mirror()
    {
        Response.Headers.Location = "http://proxy.internal:3128";
        return StatusCode(305);
        //                ^^^ deprecated-status warning =>
    }

    [HttpPost("orders")]
    public IActionResult Order() => StatusCode(StatusCodes.Status202Accepted);
    //                                         !!!!!!!!!!!!!!!!!!!!!!!!!!!!! deprecated-status a current code
}

public static class ExtensionEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/extensions", (HttpContext context) =>
        {
            context.Response.StatusCode = StatusCodes.Status510NotExtended;
            //                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
            return Task.CompletedTask;
        });
    }

    /// Reads what the gateway answers: handling a 305 is not sending it.
    public static async Task<string> FetchLegacy(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.UseProxy)
        //                         !!!!!!!!!!!!!!!!!!!!!!! deprecated-status a client reading the status
        {
            response = await client.GetAsync(response.Headers.Location);
        }
        return await response.Content.ReadAsStringAsync();
    }
}

public class BrewTests
{
    [Fact]
    public async Task CoffeeIsATeapot()
    {
        using var client = new HttpClient { BaseAddress = new System.Uri("http://localhost:5000") };
        var response = await client.GetAsync("/api/brew/coffee");
        Assert.Equal(418, (int)response.StatusCode);
        //           !!! deprecated-status a test assertion
    }
}
