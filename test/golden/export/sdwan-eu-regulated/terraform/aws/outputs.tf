output "aws_euc1_vpc_id" {
  description = "VPC of AWS EU (Frankfurt)"
  value       = aws_vpc.aws_euc1.id
}

output "aws_euc1_transit_gateway_id" {
  description = "Transit gateway of AWS EU (Frankfurt)"
  value       = aws_ec2_transit_gateway.aws_euc1.id
}

output "aws_euw3_vpc_id" {
  description = "VPC of AWS EU (Paris)"
  value       = aws_vpc.aws_euw3.id
}

output "aws_euw3_transit_gateway_id" {
  description = "Transit gateway of AWS EU (Paris)"
  value       = aws_ec2_transit_gateway.aws_euw3.id
}

output "fra_dx_aws_euc1_dx_gateway_id" {
  description = "Direct Connect gateway of fra-dx"
  value       = aws_dx_gateway.fra_dx_aws_euc1.id
}

output "ams_dx_aws_euw3_dx_gateway_id" {
  description = "Direct Connect gateway of ams-dx"
  value       = aws_dx_gateway.ams_dx_aws_euw3.id
}
