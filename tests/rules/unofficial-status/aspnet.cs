using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Api;

public class RequestAbortedMiddleware
{
    private readonly RequestDelegate _next;

    public RequestAbortedMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            context.Response.StatusCode = 499;
            //                            ^^^ unofficial-status warning =>
        }
    }
}

[ApiController]
[Route("api/session")]
public class SessionController : ControllerBase
{
    private readonly IHttpClientFactory _clients;

    public SessionController(IHttpClientFactory clients) => _clients = clients;

    [HttpPost("refresh")]
    public IActionResult Refresh()
    {
        if (!User.Identity?.IsAuthenticated ?? true)
        {
            return StatusCode(440, new { error = "login timed out" });
            //                ^^^ unofficial-status information =>
        }
        return StatusCode(StatusCodes.Status204NoContent);
    }

    [HttpGet("profile")]
    public async Task<IActionResult> Profile()
    {
        var response = await _clients.CreateClient("origin").GetAsync("/profile");
        if ((int)response.StatusCode == 522)
        //                              !!! unofficial-status a client reading the status
        {
            return StatusCode(503);
            //                !!! unofficial-status an IANA code
        }
        return Ok(await response.Content.ReadAsStringAsync());
    }
}
