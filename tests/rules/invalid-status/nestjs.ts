import { Body, Controller, Get, HttpException, Param, Post, Res } from "@nestjs/common";
import type { Response as ExpressResponse } from "express";

const MAX_PAGE_SIZE = 500;
const CACHE_TTL_SECONDS = 900;

@Controller("reports")
export class ReportsController {
  @Get(":id")
  async findOne(@Param("id") id: string, @Res() res: ExpressResponse): Promise<void> {
    if (!id) {
      throw new HttpException("missing id", 900);
      //                                    ^^^ invalid-status error =>
    }
    res.set("Cache-Control", `max-age=${CACHE_TTL_SECONDS}`);
    res.status(200).json({ id });
    //         !!! invalid-status a real status
  }

  @Post()
  create(@Body() body: { size: number }, @Res() res: ExpressResponse): void {
    if (body.size > MAX_PAGE_SIZE) {
      res.status(640).json({ error: "page too large" });
      //         ^^^ invalid-status error =>
      return;
    }
    res.status(201).json(body);
  }
}

// Next.js route handler in the same service.
export async function GET(request: Request): Promise<Response> {
  const upstream = await fetch("https://reports.internal/export", { signal: AbortSignal.timeout(600) });
  //                                                                                            !!! invalid-status a timeout in milliseconds
  if (upstream.status >= 500 && upstream.status < 600) {
  //                                              !!! invalid-status a range bound
    return new Response("upstream failed", { status: 502 });
  }
  return new Response(upstream.body, { status: 610 });
  //                                           ^^^ invalid-status error =>
}

export class ReportError extends Error {
  // http-status: ignore[invalid-status]
  status = 799;
  //       !!! invalid-status suppressed on purpose
}
