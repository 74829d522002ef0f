class Api::BookingsController < ApplicationController
  before_action :set_booking, only: %i[show update destroy]

  def show
    render json: @booking
  end

  def create
    booking = Booking.new(booking_params)
    if booking.save
      render json: booking, status: 201
      #                             ^^^ magic-status-number hint => :created
    else
      render json: booking.errors, status: 422
      #                                    ^^^ magic-status-number hint Rack 3.1 spelling => :unprocessable_content
    end
  end

  def update
    if @booking.update(booking_params)
      redirect_to api_booking_path(@booking), status: 303
      #                                               ^^^ magic-status-number hint => :see_other
    else
      render json: @booking.errors, status: :unprocessable_content
      #                                     !!!!!!!!!!!!!!!!!!!!!! magic-status-number already named
    end
  end

  def destroy
    @booking.destroy!
    head :no_content
    #    !!!!!!!!!!! magic-status-number already named
  end

  private

  def set_booking
    @booking = Booking.find_by(id: params[:id])
    head 404 unless @booking
    #    ^^^ magic-status-number hint => :not_found
  end

  def booking_params
    params.require(:booking).permit(:starts_at, :room_id)
  end
end

class BookingsApiTest < ActionDispatch::IntegrationTest
  test "missing booking" do
    get api_booking_path(id: 0)
    assert_response 404
    #               !!! magic-status-number a test assertion
  end
end
