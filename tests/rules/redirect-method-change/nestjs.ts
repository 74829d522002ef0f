import { Body, Controller, Delete, Get, Param, Post, Put, Res } from "@nestjs/common";
import type { Response } from "express";
import { StatusCodes } from "http-status-codes";

import { OrdersService } from "./orders.service";

@Controller("orders")
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post()
  async create(@Body() dto: CreateOrderDto, @Res() res: Response): Promise<void> {
    const order = await this.orders.create(dto);
    res.redirect(302, `/orders/${order.id}`);
    //           ^^^ redirect-method-change warning => 303 | 307
  }

  @Put(":id")
  async replace(@Param("id") id: string, @Body() dto: CreateOrderDto, @Res() res: Response): Promise<void> {
    await this.orders.replace(id, dto);
    res.status(StatusCodes.MOVED_PERMANENTLY).location(`/orders/${id}`).end();
    //         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => StatusCodes.SEE_OTHER | StatusCodes.PERMANENT_REDIRECT
  }

  @Delete(":id")
  async remove(@Param("id") id: string, @Res() res: Response): Promise<void> {
    await this.orders.remove(id);
    res.redirect(303, "/orders");
    //           !!! redirect-method-change already 303
  }

  @Get("legacy/:id")
  legacy(@Param("id") id: string, @Res() res: Response): void {
    res.redirect(301, `/orders/${id}`);
    //           !!! redirect-method-change GET handler
  }

  @Get(":id/receipt")
  receipt(@Param("id") id: string, @Res() res: Response): void {
    res.redirect(StatusCodes.MOVED_TEMPORARILY, `/receipts/${id}`);
    //           !!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET handler
  }

  private sendBack(res: Response, to: string): void {
    res.redirect(302, to);
    //           ^^^ redirect-method-change hint => 303 | 307
  }
}

interface CreateOrderDto {
  items: string[];
}
