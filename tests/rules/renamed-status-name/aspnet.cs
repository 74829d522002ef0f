using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Media.Api;

[ApiController]
[Route("api/uploads")]
public class UploadsController : ControllerBase
{
    private const long MaxBytes = 10 * 1024 * 1024;

    [HttpPost]
    [ProducesResponseType(StatusCodes.Status413RequestEntityTooLarge)]
    //                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
    public IActionResult Upload(IFormFile file)
    {
        if (file.Length > MaxBytes)
        {
            return StatusCode(StatusCodes.Status413PayloadTooLarge);
            //                !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name the current name
        }
        if (file.FileName.Length > 255)
        {
            return StatusCode(StatusCodes.Status414RequestUriTooLong);
            //                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
        }
        if (file.Length == 0)
        {
            // ASP.NET Core still calls 422 UnprocessableEntity: nothing to rename here.
            return StatusCode(StatusCodes.Status422UnprocessableEntity);
            //                !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name ASP.NET Core's current name
        }
        return Created($"/api/uploads/{file.FileName}", null);
    }
}

public class ScannerClient
{
    private readonly HttpClient _http;

    public ScannerClient(HttpClient http) => _http = http;

    public async Task<bool> IsCleanAsync(string url)
    {
        var response = await _http.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        //                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint .NET 8 names it UnprocessableContent
        {
            return false;
        }
        if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
        //                         !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name System.Net's current name
        {
            return false;
        }
        return response.IsSuccessStatusCode;
    }
}
