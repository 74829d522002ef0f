module Library
  class API < Grape::API
    format :json

    resource :loans do
      route_param :id, type: Integer do
        get do
          loan = Loan.find_by(id: params[:id])
          error!("Loan not found", 404) unless loan
          #                        !!! error-helper-non-error a real error
          loan
        end

        post :return do
          loan = Loan.find(params[:id])
          error!({ error: "already returned" }, 200) if loan.returned?
          #                                     ^^^ error-helper-non-error warning =>
          loan.update!(returned_at: Time.current)
          status 204
          #      !!! error-helper-non-error a normal response
        end

        post :renew do
          loan = Loan.find(params[:id])
          error!({ message: "Renewal queued" }, 202) if loan.renewal_pending?
          #                                     ^^^ error-helper-non-error warning =>
          error!("Loan is overdue", :conflict) if loan.overdue?
          #                         !!!!!!!!! error-helper-non-error a real error
          loan.renew!
        end
      end
    end
  end
end
