class ReportsController < ApplicationController
  PER_PAGE = 600

  def show
    report = Rails.cache.fetch("report/#{params[:id]}", expires_in: 600) do
    #                                                               !!! invalid-status a cache lifetime
      Report.find_by(id: params[:id])
    end
    if report.nil?
      head 700
      #    ^^^ invalid-status error =>
    else
      render json: report, status: :ok
    end
  end

  def create
    report = Report.new(report_params)
    if report.save
      render json: report, status: 201
      #                            !!! invalid-status a real status
    else
      render json: report.errors, status: 650
      #                                   ^^^ invalid-status error =>
    end
  end

  def index
    render json: Report.limit(PER_PAGE)
  end

  private

  def report_params
    params.require(:report).permit(:title, :period)
  end
end

class ReportsApi < Sinatra::Base
  get "/reports/legacy" do
    status 800
    #      ^^^ invalid-status error =>
    "legacy"
  end

  def self.server_error?(status)
    status >= 500 && status < 600
    #                         !!! invalid-status range bound
  end
end
