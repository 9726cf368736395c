variable "aws_use1_cidr" {
  description = "Address block of AWS US East (N. Virginia)"
  type        = string
  default     = "10.59.0.0/16"
}

variable "aws_use1_transit_cidr" {
  description = "Transit block of AWS US East (N. Virginia) (TGW attachment subnets)"
  type        = string
  default     = "10.59.254.0/23"
}

variable "aws_use1_subnet_cidrs" {
  description = "Subnet per segment in AWS US East (N. Virginia)"
  type        = map(string)
  default = {
    default = "10.59.224.0/20"
  }
}

variable "aws_use1_asn" {
  description = "Amazon-side ASN of the AWS US East (N. Virginia) transit gateway"
  type        = number
  default     = 4290686315
}

variable "aws_euw1_cidr" {
  description = "Address block of AWS EU (Ireland)"
  type        = string
  default     = "10.47.0.0/16"
}

variable "aws_euw1_transit_cidr" {
  description = "Transit block of AWS EU (Ireland) (TGW attachment subnets)"
  type        = string
  default     = "10.47.254.0/23"
}

variable "aws_euw1_subnet_cidrs" {
  description = "Subnet per segment in AWS EU (Ireland)"
  type        = map(string)
  default = {
    default = "10.47.224.0/20"
  }
}

variable "aws_euw1_asn" {
  description = "Amazon-side ASN of the AWS EU (Ireland) transit gateway"
  type        = number
  default     = 4262476659
}

variable "fra_dc_cidr" {
  description = "Address block of Frankfurt data centre"
  type        = string
  default     = "10.238.0.0/16"
}

variable "fra_dc_public_ip" {
  description = "Public IP of the VPN endpoint at Frankfurt data centre"
  type        = string
}

variable "fra_dc_asn" {
  description = "BGP ASN of Frankfurt data centre"
  type        = number
  default     = 4207458574
}

variable "vpn_fra_euw1_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of vpn-fra-euw1"
  type        = string
  sensitive   = true
}

variable "vpn_fra_euw1_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of vpn-fra-euw1"
  type        = string
  sensitive   = true
}

variable "route53_zone_id" {
  description = "Route 53 hosted zone for service records"
  type        = string
}

variable "web_record_name" {
  description = "DNS name of Web tier, e.g. web.example.com"
  type        = string
}

variable "web_aws_use1_endpoint" {
  description = "Host name of Web tier in AWS US East (N. Virginia) (its load balancer)"
  type        = string
}

variable "web_aws_euw1_endpoint" {
  description = "Host name of Web tier in AWS EU (Ireland) (its load balancer)"
  type        = string
}
