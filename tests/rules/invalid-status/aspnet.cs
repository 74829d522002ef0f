using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Api;

[ApiController]
[Route("api/[controller]")]
public class InvoicesController : ControllerBase
{
    private const int PageSize = 700;
    //                           !!! invalid-status a page size

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public IActionResult Get(int id)
    {
        if (id < 0)
        {
            return StatusCode(700, new { error = "negative id" });
            //                ^^^ invalid-status error =>
        }
        return Ok(new { id, pageSize = PageSize });
    }

    [HttpPost("import")]
    public async Task<IActionResult> Import()
    {
        await Task.Delay(750);
        //               !!! invalid-status a delay
        return StatusCode(202);
        //                !!! invalid-status a real status
    }
}

public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/legacy", () => Results.StatusCode(800));
        //                                             ^^^ invalid-status error =>

        app.MapGet("/odd", (HttpContext context) =>
        {
            context.Response.StatusCode = 600;
            //                            ^^^ invalid-status error =>
            return context.Response.WriteAsync("odd");
        });
    }

    public static bool IsServerError(HttpResponseMessage response) =>
        (int)response.StatusCode >= 500 && (int)response.StatusCode < 600;
        //                                                            !!! invalid-status range bound
}
